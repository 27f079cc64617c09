<?php

namespace App\Images\Concerns;

use App\Images\TransformSpec;
use Closure;

trait RemembersTransforms
{
    /**
     * Specs already built by this process. Building one hashes the whole
     * operation list, so keep them around between requests.
     *
     * @var array<string, TransformSpec>
     */
    protected static array $resolvedTransforms = [];

    protected function rememberTransform(string $key, Closure $build): TransformSpec
    {
        if (isset(static::$resolvedTransforms[$key])) {
            return static::$resolvedTransforms[$key];
        }

        return static::$resolvedTransforms[$key] = $build();
    }
}
