<?php

namespace Illuminate\Translation;

// Stand-in for Laravel's translator: like NamespacedItemResolver, it
// keeps every key it parses until flushParsedKeys().
class Translator
{
    /** @var array<string, array{?string, string, string}> */
    protected array $parsed = [];

    /** @param array<string, array<string, string>> $lines */
    public function __construct(private array $lines)
    {
    }

    public function get(string $key, array $replace = []): string
    {
        [$namespace, $group, $item] = $this->parseKey($key);
        $line = $this->lines[$group][$item] ?? $key;
        foreach ($replace as $k => $v) {
            $line = str_replace(':' . $k, (string) $v, $line);
        }

        return $line;
    }

    public function parseKey(string $key): array
    {
        if (isset($this->parsed[$key])) {
            return $this->parsed[$key];
        }
        $segments = explode('.', $key, 2);
        $parsed = [null, count($segments) === 2 ? $segments[0] : '*', $segments[1] ?? $key];

        return $this->parsed[$key] = $parsed;
    }

    public function flushParsedKeys(): void
    {
        $this->parsed = [];
    }
}
