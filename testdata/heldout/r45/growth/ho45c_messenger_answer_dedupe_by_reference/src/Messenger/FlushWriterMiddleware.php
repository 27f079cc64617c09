<?php

declare(strict_types=1);

namespace App\Messenger;

use App\Survey\ResponseWriter;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;
use Symfony\Component\Messenger\Stamp\ReceivedStamp;

/**
 * Flushes buffered answer rows when the transport has no more messages
 * queued, so a quiet period never leaves rows unwritten.
 */
final class FlushWriterMiddleware implements MiddlewareInterface
{
    private int $sinceFlush = 0;

    public function __construct(private ResponseWriter $writer, private int $everyMessages)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $envelope = $stack->next()->handle($envelope, $stack);
        if ($envelope->last(ReceivedStamp::class) !== null && ++$this->sinceFlush >= $this->everyMessages) {
            $this->writer->flush();
            $this->sinceFlush = 0;
        }

        return $envelope;
    }
}
