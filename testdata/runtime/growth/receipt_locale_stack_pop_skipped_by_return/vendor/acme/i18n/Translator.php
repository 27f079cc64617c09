<?php

namespace Acme\I18n;

// A translation library's translator: pushLocale() puts a locale with
// per-call overrides on a stack, popLocale() takes it off again.
final class Translator
{
    /** @var list<array{locale: string, overrides: array<string, string>}> */
    private array $stack = [];

    public function __construct(private string $fallback)
    {
    }

    public function pushLocale(string $locale, array $overrides = []): void
    {
        $this->stack[] = ['locale' => $locale, 'overrides' => $overrides]; // leak
    }

    public function popLocale(): void
    {
        array_pop($this->stack);
    }

    public function trans(string $key, array $params = []): string
    {
        $top = $this->stack[count($this->stack) - 1] ?? ['locale' => $this->fallback, 'overrides' => []];
        $text = $top['overrides'][$key] ?? $key;
        foreach ($params as $name => $value) {
            $text = str_replace('{' . $name . '}', (string) $value, $text);
        }
        return $top['locale'] . ':' . $text;
    }
}
