import { describe, expect, it } from 'vitest';

import { escapeHtml, htmlMessage } from '../../src/report/html/escape-html.js';
import {
  codeBlock,
  codeSpan,
  escapeMarkdown,
  markdownMessage,
} from '../../src/report/markdown-text.js';

describe('Markdown text', () => {
  it.each([
    ['plain words stay as they are', 'plain words stay as they are'],
    ['a *b* _c_ [d](e) <img> | ~f~ \\', 'a \\*b\\* \\_c\\_ \\[d\\](e) \\<img> \\| \\~f\\~ \\\\'],
    ['&amp; and && stay text', '\\&amp; and && stay text'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['two\nlines', 'two lines'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('makes code spans that hold backticks', () => {
    expect(codeSpan('a')).toBe('`a`');
    expect(codeSpan('`x` + y')).toBe('`` `x` + y ``');
    expect(codeSpan('a ``b``')).toBe('``` a ``b`` ```');
  });

  it('renders the code parts of a message as code, and escapes the rest', () => {
    expect(markdownMessage('`a <b>` is false for the <W>')).toBe('`a <b>` is false for the \\<W>');
    expect(markdownMessage('an odd ` backtick <x>')).toBe('an odd \\` backtick \\<x>');
    expect(markdownMessage('`a|b` in | cell', true)).toBe('`a\\|b` in \\| cell');
  });

  it('fences code blocks past any backticks inside', () => {
    expect(codeBlock('x')).toBe('```\nx\n```');
    expect(codeBlock('a ```` b', 'ts')).toBe('`````ts\na ```` b\n`````');
  });
});

describe('HTML text', () => {
  it('escapes every character that could start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('renders the code parts of a message as <code>, everything escaped', () => {
    expect(htmlMessage('`a<b` is false for <W>')).toBe(
      '<code>a&lt;b</code> is false for &lt;W&gt;',
    );
    expect(htmlMessage('odd ` <i>')).toBe('odd ` &lt;i&gt;');
  });
});
