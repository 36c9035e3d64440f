import * as fs from 'fs';
import * as path from 'path';
import { RULE_LIST, renderRulesMarkdown } from '@ledger-review/scoring';

const DOC = path.resolve(__dirname, '../../docs/rules.md');

describe('renderRulesMarkdown', () => {
  it('docs/rules.md is the registry rendered (run `npm run docs:rules` after changing rules)', () => {
    expect(fs.readFileSync(DOC, 'utf8')).toBe(renderRulesMarkdown());
  });

  it('lists every rule with its severity and message template in each language', () => {
    const zh = renderRulesMarkdown('zh-CN');
    const en = renderRulesMarkdown('en');
    for (const rule of RULE_LIST) {
      expect(zh).toContain(`| \`${rule.code}\` | ${{ error: '错误', warning: '警告', info: '提示' }[rule.severity]} |`);
      expect(en).toContain(`| \`${rule.code}\` | ${{ error: 'error', warning: 'warning', info: 'notice' }[rule.severity]} |`);
      expect(zh).toContain(rule.message.zh.replace(/\|/g, '\\|'));
      expect(en).toContain(rule.message.en.replace(/\|/g, '\\|'));
    }
    expect(zh).not.toContain('Validation rules');
    expect(en).not.toContain('校验规则');
  });

  it('documents the status synonyms', () => {
    expect(renderRulesMarkdown('zh-CN')).toContain('| 不涉及 | 不适用 |');
  });

  it('says which rules the ledger checks by itself and which only the product checks', () => {
    const zh = renderRulesMarkdown('zh-CN');
    const section = zh.slice(zh.indexOf('## 台账表内自检'));
    for (const rule of RULE_LIST) {
      if (rule.selfCheck) expect(section).toContain(`| \`${rule.code}\` |`);
      else expect(section).not.toContain(`| \`${rule.code}\` |`);
    }
    const productOnly = section.slice(section.indexOf('以下规则只由程序'));
    for (const rule of RULE_LIST) expect(productOnly.includes(`\`${rule.code}\``)).toBe(!rule.selfCheck);
    expect(RULE_LIST.filter((r) => r.selfCheck).length).toBeGreaterThanOrEqual(20);
  });
});
