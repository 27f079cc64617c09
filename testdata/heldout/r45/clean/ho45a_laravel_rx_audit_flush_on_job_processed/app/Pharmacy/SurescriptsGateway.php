<?php

declare(strict_types=1);

namespace App\Pharmacy;

final class SurescriptsGateway
{
    private int $sent = 0;

    public function __construct(private readonly string $endpoint, private readonly string $portalAccountId)
    {
    }

    /** @return array{status: string, relates_to: string} */
    public function send(NewRxMessage $message): array
    {
        $envelope = $message->toXml();
        $this->sent++;
        $code = crc32($envelope) % 50 === 0 ? '602' : '000';
        return [
            'status' => $code === '000' ? 'Status' : 'Error',
            'relates_to' => $message->messageId . '@' . $this->portalAccountId,
        ];
    }
}
