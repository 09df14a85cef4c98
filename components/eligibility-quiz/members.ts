/**
 * How the quiz names a household's members: "您", "配偶（40 歲）",
 * "子女 2（8 歲）". A member has no name in the data (nothing personal is
 * kept), so the role, a number among the same role and the age tell them apart.
 */
import { msg, str } from '@lit/localize';
import type { Household, Member, Role } from '../../src/eligibility/household.js';

export function roleLabel(role: Role): string {
  switch (role) {
    case 'self':
      return msg('本人（要查詢的人）', { desc: 'Eligibility quiz: household role, the person the quiz is for' });
    case 'partner':
      return msg('配偶或伴侶', { desc: 'Eligibility quiz: household role, partner' });
    case 'child':
      return msg('子女', { desc: 'Eligibility quiz: household role, child' });
    case 'grandchild':
      return msg('孫子女', { desc: 'Eligibility quiz: household role, grandchild' });
    case 'parent':
      return msg('父母', { desc: 'Eligibility quiz: household role, parent' });
    case 'grandparent':
      return msg('祖父母', { desc: 'Eligibility quiz: household role, grandparent' });
    case 'sibling':
      return msg('兄弟姊妹', { desc: 'Eligibility quiz: household role, sibling' });
    case 'other':
      return msg('其他同住的人', { desc: 'Eligibility quiz: household role, someone else living there' });
  }
}

function shortRole(role: Role): string {
  return role === 'self' ? msg('您', { desc: 'Eligibility quiz: the person answering, short' }) : roleLabel(role);
}

/** A member's name on screen: the role, a number when the role repeats, and the age. */
export function memberLabel(member: Member, household: Household): string {
  const same = household.members.filter((m) => m.role === member.role);
  const base = same.length > 1 ? `${shortRole(member.role)} ${same.indexOf(member) + 1}` : shortRole(member.role);
  const age = member.facts.age;
  return typeof age === 'number'
    ? msg(str`${base}（${age} 歲）`, { desc: 'Eligibility quiz: a member with their age, e.g. 子女 2（8 歲）' })
    : base;
}
