<?php

namespace App\Maintenance;

final class MaintenanceTicket
{
    public const EMERGENCY_KEYWORDS = ['flood', 'gas smell', 'no heat', 'sparking', 'sewage'];

    public function __construct(
        public readonly int $id,
        public readonly string $propertyCode,
        public readonly string $unit,
        public readonly string $trade,
        public readonly string $summary,
        public readonly string $description,
        public readonly array $photoUrls,
        public readonly string $tenantPhone,
        public readonly bool $permissionToEnter,
    ) {
    }

    public static function fromPayload(array $p): self
    {
        return new self(
            (int) $p['ticket_id'],
            $p['property'],
            $p['unit'],
            $p['trade'],
            trim($p['summary']),
            trim($p['description']),
            $p['photos'] ?? [],
            preg_replace('/\D+/', '', $p['phone']),
            (bool) ($p['pte'] ?? false),
        );
    }

    public function isEmergency(): bool
    {
        $text = strtolower($this->summary . ' ' . $this->description);
        foreach (self::EMERGENCY_KEYWORDS as $keyword) {
            if (str_contains($text, $keyword)) {
                return true;
            }
        }
        return false;
    }
}
