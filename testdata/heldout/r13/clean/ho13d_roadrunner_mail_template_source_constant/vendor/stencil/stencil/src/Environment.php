<?php

declare(strict_types=1);

namespace Stencil;

final class Template
{
    public function __construct(
        private readonly string $source,
        private readonly array $tokens,
    ) {
    }

    public function render(array $context): string
    {
        $out = '';
        foreach ($this->tokens as [$type, $value]) {
            $out .= match ($type) {
                'text' => $value,
                'raw' => (string) ($context[$value] ?? ''),
                default => htmlspecialchars((string) ($context[$value] ?? ''), ENT_QUOTES),
            };
        }

        return $out;
    }
}

final class Environment
{
    /** @var array<string, Template> compiled templates, keyed by a hash of their source */
    private array $loadedTemplates = [];

    public function __construct(private readonly array $options = ['autoescape' => 'html'])
    {
    }

    /** Compiles a template from a string; identical sources share one compiled template. */
    public function createTemplate(string $source): Template
    {
        $key = hash('xxh128', $source);

        return $this->loadedTemplates[$key] ??= new Template($source, $this->compile($source));
    }

    /** @return list<array{string, string}> */
    private function compile(string $source): array
    {
        $tokens = [];
        foreach (preg_split('/(\{\{\s*\w+(?:\|raw)?\s*\}\})/', $source, -1, PREG_SPLIT_DELIM_CAPTURE) as $part) {
            if (preg_match('/^\{\{\s*(\w+)(\|raw)?\s*\}\}$/', $part, $m)) {
                $tokens[] = [isset($m[2]) ? 'raw' : 'var', $m[1]];
            } elseif ($part !== '') {
                $tokens[] = ['text', $part];
            }
        }

        return $tokens;
    }
}
