<?php

namespace App\Messenger;

use App\Logging\InteractsWithLogContext;
use App\Message\SendSurveyInvitation;
use Monolog\Logger;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Exception\UnrecoverableMessageHandlingException;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;
use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Stamp\RedeliveryStamp;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;

final class SurveyLogContextMiddleware implements MiddlewareInterface
{
    use InteractsWithLogContext;

    public function __construct(private readonly Logger $logger) {}

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $this->pushLogContext($this->contextFor($envelope));

        try {
            $envelope = $stack->next()->handle($envelope, $stack);
        } catch (UnrecoverableMessageHandlingException $e) {
            // nothing to retry: drop the message, keep a trace for the CX team
            $this->logger->notice('survey invitation skipped', ['reason' => $e->getMessage()]);

            return $envelope;
        }

        $this->popLogContext();

        return $envelope;
    }

    private function contextFor(Envelope $envelope): array
    {
        $message = $envelope->getMessage();
        $fields = [
            'message_id' => $envelope->last(TransportMessageIdStamp::class)?->id,
            'transport' => $envelope->last(ReceivedStamp::class)?->transportName,
            'attempt' => ($envelope->last(RedeliveryStamp::class)?->retryCount ?? 0) + 1,
        ];
        if ($message instanceof SendSurveyInvitation) {
            $fields += [
                'ticket_id' => $message->ticketId,
                'ticket_subject' => $message->ticketSubject,
                'customer' => $message->customerEmail,
                'locale' => $message->locale,
                'solved_by' => $message->solvedBy,
                'solved_at' => gmdate(DATE_ATOM, $message->solvedAt),
            ];
        }

        return $fields;
    }
}
