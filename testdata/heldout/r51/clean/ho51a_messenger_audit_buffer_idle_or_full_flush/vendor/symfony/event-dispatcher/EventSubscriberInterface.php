<?php

namespace Symfony\Component\EventDispatcher;

interface EventSubscriberInterface
{
    /** @return array<class-string, string|array{0: string, 1?: int}> */
    public static function getSubscribedEvents(): array;
}
