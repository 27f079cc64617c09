<?php

namespace SupportBot\Bot;

/**
 * Nested dialog handlers (sub-flows, slot filling) read the innermost scope,
 * so the manager keeps a stack of them for the request.
 */
trait TracksDialogScope
{
    /** @var list<DialogScope> */
    private static array $scopeStack = [];

    protected static function enterScope(DialogScope $scope): DialogScope
    {
        self::$scopeStack[] = $scope; // leak

        return $scope;
    }

    protected static function leaveScope(): void
    {
        array_pop(self::$scopeStack);
    }

    public static function currentScope(): ?DialogScope
    {
        return self::$scopeStack[count(self::$scopeStack) - 1] ?? null;
    }
}
