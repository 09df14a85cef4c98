/**
 * An amount as a resident reads it: "NT$4,000 a month, at most". Numbers are
 * formatted by Intl for the locale; words come from the message catalogue.
 */
import { msg, str } from '@lit/localize';
import type { Amount, AmountTier } from '../data/benefit-types.js';

type Figure = Pick<Amount, 'value' | 'min' | 'max'>;

function number(value: number, locale: string, unit: Amount['unit']): string {
  if (unit === 'TWD') {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'TWD',
      maximumFractionDigits: 0,
      currencyDisplay: 'symbol',
    }).format(value);
  }
  if (unit === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function unitWord(unit: Amount['unit'], value: number): string {
  switch (unit) {
    case 'hours':
      return msg(str`${value} 小時`, { desc: 'Amount unit: hours' });
    case 'times':
      return msg(str`${value} 次`, { desc: 'Amount unit: times (occurrences)' });
    case 'days':
      return msg(str`${value} 天`, { desc: 'Amount unit: days' });
    case 'multiple':
      return msg(str`${value} 倍`, { desc: 'Amount unit: a multiple, e.g. 2.5 times the standard' });
    case 'items':
      return msg(str`${value} 件`, { desc: 'Amount unit: items' });
    default:
      return String(value);
  }
}

function perWord(per: Amount['per']): string {
  switch (per) {
    case 'month':
      return msg('每月', { desc: 'Amount period: per month' });
    case 'week':
      return msg('每週', { desc: 'Amount period: per week' });
    case 'year':
      return msg('每年', { desc: 'Amount period: per year' });
    case 'time':
      return msg('每次', { desc: 'Amount period: each time' });
    case 'once':
      return msg('一次', { desc: 'Amount period: paid once' });
    case 'day':
      return msg('每日', { desc: 'Amount period: per day' });
    case 'hour':
      return msg('每小時', { desc: 'Amount period: per hour' });
    case 'person':
      return msg('每人', { desc: 'Amount period: per person' });
    case 'semester':
      return msg('每學期', { desc: 'Amount period: per semester' });
    case 'household':
      return msg('每戶', { desc: 'Amount period: per household' });
    case 'lifetime':
      return msg('終身', { desc: 'Amount period: once in a lifetime' });
    default:
      return '';
  }
}

function figure(f: Figure, unit: Amount['unit'], locale: string): string {
  const one = (v: number) =>
    unit === 'TWD' || unit === 'percent' ? number(v, locale, unit) : unitWord(unit, Number(number(v, 'en', 'items').replace(/,/g, '')));
  if (unit === 'fraction' && f.value !== undefined) return number(f.value * 100, locale, 'percent');
  if (f.value !== undefined) return one(f.value);
  if (f.min !== undefined && f.max !== undefined) return `${one(f.min)} – ${one(f.max)}`;
  if (f.max !== undefined) return one(f.max);
  if (f.min !== undefined) return msg(str`至少 ${one(f.min)}`, { desc: 'Amount: at least this figure' });
  return '';
}

/** "NT$4,000 每月（最高）" or "實報實銷" for a figure with its period. */
export function formatAmount(amount: Amount | (AmountTier & Pick<Amount, 'unit' | 'per' | 'cap' | 'actualCost'>), locale: string): string {
  if (amount.unit === 'TWD' && amount.value === 0) return msg('免費', { desc: 'Amount: free of charge' });
  const value = figure(amount, amount.unit, locale);
  if (!value) return amount.actualCost ? msg('依實際支出核實補助', { desc: 'Amount: paid at actual cost' }) : '';
  const per = perWord(amount.per);
  const text = per ? msg(str`${per}：${value}`, { desc: 'Amount: period and figure, e.g. 每月：NT$4,000 / NT$4,000 a month' }) : value;
  return amount.cap ? msg(str`${text}（上限）`, { desc: 'Amount: the figure is a maximum' }) : text;
}
