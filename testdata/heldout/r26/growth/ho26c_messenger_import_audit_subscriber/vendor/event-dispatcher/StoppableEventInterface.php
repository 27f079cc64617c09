<?php

namespace Symfony\Component\EventDispatcher;

interface StoppableEventInterface
{
    public function isPropagationStopped(): bool;
}
