<?php

namespace Symfony\Component\Messenger\Exception;

interface ExceptionInterface extends \Throwable
{
}

class RuntimeException extends \RuntimeException implements ExceptionInterface
{
}

class UnrecoverableMessageHandlingException extends RuntimeException
{
}

class NoHandlerForMessageException extends \LogicException implements ExceptionInterface
{
}

class HandlerFailedException extends RuntimeException
{
    public function __construct(private object $envelope, private array $exceptions)
    {
        $first = reset($exceptions);
        parent::__construct($first instanceof \Throwable ? $first->getMessage() : 'handler failed', 0, $first instanceof \Throwable ? $first : null);
    }
}
