<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Middleware;

interface StackInterface
{
    public function next(): MiddlewareInterface;
}
