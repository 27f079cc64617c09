<?php

namespace Symfony\Component\DependencyInjection\Compiler;

class PassConfig
{
    public const TYPE_AFTER_REMOVING = 'afterRemoving';
    public const TYPE_BEFORE_OPTIMIZATION = 'beforeOptimization';
    public const TYPE_BEFORE_REMOVING = 'beforeRemoving';
    public const TYPE_OPTIMIZE = 'optimization';
    public const TYPE_REMOVE = 'removing';

    public const ORDER = [self::TYPE_BEFORE_OPTIMIZATION, self::TYPE_OPTIMIZE, self::TYPE_BEFORE_REMOVING, self::TYPE_REMOVE, self::TYPE_AFTER_REMOVING];
}
