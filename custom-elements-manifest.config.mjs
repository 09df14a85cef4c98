// Configuration of `cem analyze` (run by `npm run build`), which writes
// custom-elements.json from the elements' JSDoc. docs/reference.md is
// generated from that file (`npm run docs`).

/**
 * Two things the analyzer cannot see by itself in this kit:
 *
 * - Tag names. Each element registers itself with `WelfareX.define('welfare-x')`
 *   (the guarded registration of components/base/welfare-element.ts), not with
 *   a literal `customElements.define('welfare-x', WelfareX)`. This plugin reads
 *   those calls, gives each class its `tagName`, and drops the definition the
 *   analyzer infers from the generic `customElements.define(tag, ctor)` inside
 *   `define()` itself.
 * - Event detail types. Elements send their events through `emit()`, typed by
 *   `WelfareEventMap` in components/base/events.ts; this plugin copies each
 *   event's detail type from there, so the manifest states the type the code
 *   really sends.
 */
function welfareElements() {
  const definitions = [];
  const detailTypes = new Map();
  const oneLine = (text) => text.replace(/\s+/g, ' ').replace(/;\s*}/g, ' }').trim();

  return {
    name: 'welfare-navigator: tag names and event detail types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'WelfareEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
            detailTypes.set(member.name.text, oneLine(member.type.getText()));
          }
        }
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text !== 'customElements' &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0]) &&
        node.arguments[0].text.includes('-')
      ) {
        definitions.push({ tag: node.arguments[0].text, className: node.expression.expression.text, modulePath: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const mod of modules) {
        // `customElements.define(tag, ctor)` inside WelfareElement.define() is no element.
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
      for (const { tag, className, modulePath } of definitions) {
        const home = modules.find((m) => (m.declarations ?? []).some((d) => d.kind === 'class' && d.name === className));
        const klass = home?.declarations.find((d) => d.kind === 'class' && d.name === className);
        if (!klass) throw new Error(`custom-elements-manifest: ${className}.define('${tag}') in ${modulePath}, but no class ${className}`);
        klass.tagName = tag;
        klass.customElement = true;
        const mod = modules.find((m) => m.path === modulePath);
        mod.exports = [
          ...(mod.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } },
        ];
      }
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = detailTypes.get(event.name);
            if (!event.type && detail) event.type = { text: `CustomEvent<${detail}>` };
          }
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/base/generated/**'],
  litelement: true,
  plugins: [welfareElements()],
};
