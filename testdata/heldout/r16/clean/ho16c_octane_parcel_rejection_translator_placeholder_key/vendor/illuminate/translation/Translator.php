<?php

declare(strict_types=1);

namespace Illuminate\Translation;

use Illuminate\Support\NamespacedItemResolver;

class Translator extends NamespacedItemResolver
{
    /** @var array<string, array<string, array<string, string>>> */
    protected array $loaded = [];

    public function __construct(private string $langPath, protected string $locale) {}

    public function get(string $key, array $replace = [], ?string $locale = null): string
    {
        $locale ??= $this->locale;
        [, $group, $item] = $this->parseKey($key);

        $file = "{$this->langPath}/{$locale}/{$group}.php";
        $lines = $this->loaded[$locale][$group] ??= (is_file($file) ? require $file : []);
        $line = $item === null ? $key : ($lines[$item] ?? $key);

        foreach ($replace as $name => $value) {
            $line = str_replace(':' . $name, (string) $value, $line);
        }

        return $line;
    }
}
