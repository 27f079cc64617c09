<?php

namespace App\Auth;

final class AbilityMap
{
    /** @var array<string, array{roles: list<string>, description: string}> */
    private static array $abilities = [];

    public static function define(string $ability, array $roles, string $description): void
    {
        self::$abilities[$ability] = ['roles' => $roles, 'description' => $description];
    }

    public static function allows(string $role, string $ability): bool
    {
        return in_array($role, self::$abilities[$ability]['roles'] ?? [], true);
    }
}
