<?php

namespace App\Services;

class TranslationRepository
{
    /** @var array<string, array<string, string>> */
    private array $bundles = [];

    private string $locale;

    public function __construct(private MessageLoader $loader, string $locale)
    {
        $this->locale = $locale;
    }

    public function setLocale(string $locale): void
    {
        $this->locale = $locale;
    }

    public function getLocale(): string
    {
        return $this->locale;
    }

    public function get(string $key, array $replace = []): string
    {
        $line = $this->bundle($this->locale)[$key] ?? $key;
        foreach ($replace as $name => $value) {
            $line = str_replace(':' . $name, (string) $value, $line);
        }
        return $line;
    }

    /** @return array<string, string> */
    private function bundle(string $locale): array
    {
        return $this->bundles[$locale] ??= $this->loader->load($locale); // leak
    }
}
