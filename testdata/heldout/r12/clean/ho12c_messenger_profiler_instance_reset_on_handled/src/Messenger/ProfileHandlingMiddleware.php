<?php

declare(strict_types=1);

namespace App\Messenger;

use Acme\Profiler\Profiler;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MiddlewareInterface;

final class ProfileHandlingMiddleware implements MiddlewareInterface
{
    public function handle(Envelope $envelope, callable $next): Envelope
    {
        $messageId = $envelope->stamp('transport_message_id') ?? 'unknown';
        $timer = "messenger.handle.{$messageId}";

        Profiler::instance()->start($timer, [
            'message' => $envelope->getMessage()::class,
            'transport' => 'async',
            'bus' => 'messenger.bus.default',
            'redelivered' => $envelope->stamp('redelivered') ?? 'no',
            'handler' => 'App\\Billing\\GenerateInvoicePdfHandler::__invoke',
            'trace' => str_repeat("{$messageId}:", 20),
        ]);

        try {
            return $next($envelope);
        } finally {
            Profiler::instance()->stop($timer);
        }
    }
}
