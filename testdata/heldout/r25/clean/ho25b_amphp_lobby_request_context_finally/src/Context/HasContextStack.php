<?php

namespace Lobby\Context;

/**
 * Per-request "current context" without passing it through every call:
 * entered by the middleware, left when the response is built.
 */
trait HasContextStack
{
    /** @var list<static> */
    private static array $stack = [];

    public static function enter(self $context): void
    {
        self::$stack[] = $context;
    }

    public static function leave(): void
    {
        array_pop(self::$stack);
    }

    public static function current(): static
    {
        $top = end(self::$stack);
        if ($top === false) {
            throw new \LogicException(static::class . ' used outside a request');
        }
        return $top;
    }
}
