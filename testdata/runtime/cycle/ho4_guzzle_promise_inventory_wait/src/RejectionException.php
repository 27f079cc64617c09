<?php

declare(strict_types=1);

namespace GuzzleHttp\Promise;

/**
 * A special exception that is thrown when waiting on a rejected promise.
 */
class RejectionException extends \RuntimeException
{
    private mixed $reason;

    public function __construct(mixed $reason, ?string $description = null)
    {
        $this->reason = $reason;

        $message = 'The promise was rejected';
        if ($description) {
            $message .= ' with reason: ' . $description;
        } elseif (is_string($reason) || (is_object($reason) && method_exists($reason, '__toString'))) {
            $message .= ' with reason: ' . $reason;
        }

        parent::__construct($message);
    }

    public function getReason(): mixed
    {
        return $this->reason;
    }
}
