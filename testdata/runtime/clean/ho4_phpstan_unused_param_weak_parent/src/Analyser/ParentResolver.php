<?php

declare(strict_types=1);

namespace PHPStan\Analyser;

use PhpParser\Node;

final class ParentResolver
{
    public static function parentOf(Node $node): ?Node
    {
        $weak = $node->getAttribute('weak_parent');
        if ($weak instanceof \WeakReference) {
            return $weak->get();
        }

        return $node->getAttribute('parent');
    }

    /**
     * @template T of Node
     * @param class-string<T> $class
     * @return T|null
     */
    public static function closest(Node $node, string $class): ?Node
    {
        for ($parent = self::parentOf($node); $parent !== null; $parent = self::parentOf($parent)) {
            if ($parent instanceof $class) {
                return $parent;
            }
        }

        return null;
    }
}
