<?php

namespace App\AntiCheat;

/**
 * Compiling a ruleset is costly (weights, labels, override merge), so
 * handlers keep the compiled result for the life of the consumer.
 */
trait MemoizesRulesets
{
    private static array $compiledRulesets = [];

    protected function ruleset(string $key, callable $compile): array
    {
        return self::$compiledRulesets[$key] ??= $compile();
    }
}
