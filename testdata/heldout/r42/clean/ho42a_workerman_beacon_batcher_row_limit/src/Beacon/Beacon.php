<?php

declare(strict_types=1);

namespace App\Beacon;

final class Beacon
{
    public const EVENTS = ['imp', 'vimp', 'click'];

    private function __construct(
        public readonly string $event,
        public readonly string $auctionId,
        public readonly string $impId,
        public readonly string $campaignId,
        public readonly string $creativeId,
        public readonly int $winPriceMicros,
        public readonly string $publisherId,
        public readonly string $pageUrl,
        public readonly string $userAgent,
        public readonly string $clientIp,
        public readonly ?string $consent,
        public readonly int $receivedAt,
    ) {
    }

    public static function fromQuery(array $query, string $userAgent, string $clientIp, int $receivedAt): ?self
    {
        $event = (string) ($query['e'] ?? '');
        if (!in_array($event, self::EVENTS, true) || !isset($query['auc'], $query['cmp'])) {
            return null;
        }

        return new self(
            $event,
            (string) $query['auc'],
            (string) ($query['imp'] ?? '1'),
            (string) $query['cmp'],
            (string) ($query['cr'] ?? ''),
            (int) ($query['wp'] ?? 0),
            (string) ($query['pub'] ?? ''),
            (string) ($query['url'] ?? ''),
            $userAgent,
            $clientIp,
            ($query['gdpr'] ?? '0') === '1' ? (string) ($query['gdpr_consent'] ?? '') : null,
            $receivedAt,
        );
    }

    /** @return list<scalar> */
    public function toRow(): array
    {
        return [
            date('Y-m-d H:i:s', $this->receivedAt), $this->event, $this->auctionId, $this->impId,
            $this->campaignId, $this->creativeId, $this->winPriceMicros, $this->publisherId,
            $this->pageUrl, $this->userAgent, $this->clientIp, $this->consent,
        ];
    }
}
