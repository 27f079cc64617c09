<?php

namespace App\Mail\Inbound;

use Illuminate\Http\Request;

final class InboundMessageFactory
{
    /** @param array<string, string> $mailboxes local part => mailbox */
    public function __construct(
        private EncodedWordDecoder $decoder,
        private array $mailboxes,
    ) {
    }

    public function fromPostmarkPayload(Request $request): InboundMessage
    {
        $headers = [];
        foreach ((array) $request->input('Headers', []) as $header) {
            $headers[strtolower($header['Name'])] = $header['Value'];
        }

        [$fromName, $fromAddress] = $this->splitAddress($this->decoder->decode($headers['from'] ?? ''));
        $local = strtolower(strstr((string) $request->input('OriginalRecipient', ''), '@', true) ?: '');

        return new InboundMessage(
            messageId: trim($headers['message-id'] ?? '', '<>'),
            mailbox: $this->mailboxes[$local] ?? 'unrouted',
            fromName: $fromName,
            fromAddress: $fromAddress,
            subject: $this->decoder->decode($headers['subject'] ?? ''),
            textBody: (string) $request->input('TextBody', ''),
            inReplyTo: isset($headers['in-reply-to']) ? trim($headers['in-reply-to'], '<>') : null,
        );
    }

    /** @return array{0: string, 1: string} */
    private function splitAddress(string $value): array
    {
        if (preg_match('/^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/', $value, $m)) {
            return [trim($m[1]), strtolower($m[2])];
        }

        return ['', strtolower(trim($value))];
    }
}
