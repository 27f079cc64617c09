<?php
namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, StackInterface $stack): Envelope;
}
