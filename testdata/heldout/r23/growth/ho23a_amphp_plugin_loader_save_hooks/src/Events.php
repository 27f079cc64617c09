<?php

declare(strict_types=1);

namespace App;

use EventKit\EventDispatcher;

/** Static accessor plugins use to reach the worker's dispatcher. */
final class Events
{
    private static ?EventDispatcher $dispatcher = null;

    public static function setDispatcher(EventDispatcher $dispatcher): void
    {
        self::$dispatcher = $dispatcher;
    }

    public static function dispatcher(): EventDispatcher
    {
        return self::$dispatcher ?? throw new \LogicException('Events not booted');
    }
}

final class PostSaved
{
    public function __construct(
        public readonly int $siteId,
        public readonly int $postId,
        public readonly string $title,
        public readonly string $content,
    ) {
    }
}
