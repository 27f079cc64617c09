<?php

namespace App\Flags;

final class FlagRepository
{
    /** @var array<string, FlagDefinition> */
    private array $definitions = [];

    /** @param array<string, array{default: string, rules: list<array>}> $config */
    public function __construct(array $config)
    {
        foreach ($config as $key => $flag) {
            $this->definitions[$key] = new FlagDefinition($key, $flag['default'], $flag['rules']);
        }
    }

    public function find(string $key): ?FlagDefinition
    {
        return $this->definitions[$key] ?? null;
    }
}
