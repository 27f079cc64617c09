<?php

namespace VoipCo\Webhooks;

/**
 * Call status callback as posted by the VoIP provider
 * (application/x-www-form-urlencoded).
 */
final class StatusCallback
{
    public const INITIATED = 'initiated';
    public const RINGING = 'ringing';
    public const IN_PROGRESS = 'in-progress';
    public const COMPLETED = 'completed';
    public const BUSY = 'busy';
    public const NO_ANSWER = 'no-answer';
    public const FAILED = 'failed';
    public const CANCELED = 'canceled';

    private function __construct(
        public readonly string $callSid,
        public readonly string $accountSid,
        public readonly string $callStatus,
        public readonly string $from,
        public readonly string $to,
        public readonly string $direction,
        public readonly int $sequenceNumber,
        public readonly ?int $duration,
        public readonly array $sipHeaders,
    ) {
    }

    public static function fromPost(array $post): self
    {
        $sip = [];
        foreach ($post as $name => $value) {
            if (str_starts_with($name, 'SipHeader_')) {
                $sip[substr($name, 10)] = $value;
            }
        }
        return new self(
            $post['CallSid'],
            $post['AccountSid'],
            $post['CallStatus'],
            $post['From'],
            $post['To'],
            $post['Direction'] ?? 'outbound-api',
            (int) ($post['SequenceNumber'] ?? 0),
            isset($post['CallDuration']) ? (int) $post['CallDuration'] : null,
            $sip,
        );
    }
}
