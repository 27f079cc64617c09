<?php

declare(strict_types=1);

namespace Illuminate\Support;

class NamespacedItemResolver
{
    /** @var array<string, array{0: ?string, 1: string, 2: ?string}> */
    protected array $parsed = [];

    public function parseKey(string $key): array
    {
        if (isset($this->parsed[$key])) {
            return $this->parsed[$key];
        }

        $segments = explode('.', $key);
        $group = array_shift($segments);
        $item = $segments === [] ? null : implode('.', $segments);

        return $this->parsed[$key] = [null, $group, $item];
    }
}

namespace Illuminate\Translation;

use Illuminate\Support\NamespacedItemResolver;

class ArrayLoader
{
    /** @param array<string, array<string, array<string, mixed>>> $messages */
    public function __construct(private array $messages)
    {
    }

    public function load(string $locale, string $group): array
    {
        return $this->messages[$locale][$group] ?? [];
    }
}

class Translator extends NamespacedItemResolver
{
    /** @var array<string, array<string, array<string, mixed>>> */
    private array $loaded = [];

    public function __construct(private ArrayLoader $loader, private string $locale)
    {
    }

    public function has(string $key): bool
    {
        return $this->get($key) !== $key;
    }

    public function get(string $key, array $replace = []): string
    {
        [, $group, $item] = $this->parseKey($key);

        $this->loaded[$this->locale][$group] ??= $this->loader->load($this->locale, $group);
        $line = $item === null ? null : $this->dig($this->loaded[$this->locale][$group], $item);

        if (!is_string($line)) {
            return $key;
        }

        foreach ($replace as $name => $value) {
            $line = str_replace(':' . $name, (string) $value, $line);
        }

        return $line;
    }

    private function dig(array $lines, string $item): mixed
    {
        if (array_key_exists($item, $lines)) {
            return $lines[$item];
        }
        foreach (explode('.', $item) as $segment) {
            if (!is_array($lines) || !array_key_exists($segment, $lines)) {
                return null;
            }
            $lines = $lines[$segment];
        }

        return $lines;
    }
}
