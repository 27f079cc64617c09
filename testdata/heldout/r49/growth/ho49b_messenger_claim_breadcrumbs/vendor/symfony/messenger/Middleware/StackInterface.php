<?php
namespace Symfony\Component\Messenger\Middleware;

interface StackInterface
{
    public function next(): MiddlewareInterface;
}
