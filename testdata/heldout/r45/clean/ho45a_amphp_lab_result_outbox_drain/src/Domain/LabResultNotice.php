<?php

declare(strict_types=1);

namespace LabPortal\Domain;

final class LabResultNotice
{
    private ?string $deliveredAt = null;
    private int $attempts = 0;

    public function __construct(
        public readonly string $accession,
        public readonly string $patientId,
        public readonly string $panel,
        public readonly bool $abnormal,
        public readonly string $channel,
        public readonly string $contact,
        public readonly string $message,
        public readonly string $resultedAt,
    ) {
    }

    public static function fromWebhook(array $payload, string $portalBaseUrl): self
    {
        $panel = (string) $payload['panel'];
        $link = sprintf('%s/results/%s?src=%s', $portalBaseUrl, rawurlencode((string) $payload['accession']), $payload['preferred_channel']);
        $message = $payload['abnormal']
            ? sprintf('Your %s results from %s are ready. %s would like to discuss them with you; please book a follow-up visit: %s', $panel, substr((string) $payload['resulted_at'], 0, 10), $payload['ordering_clinician'], $link)
            : sprintf('Your %s results from %s are ready to view in the patient portal: %s', $panel, substr((string) $payload['resulted_at'], 0, 10), $link);

        return new self(
            (string) $payload['accession'],
            (string) $payload['patient_id'],
            $panel,
            (bool) $payload['abnormal'],
            (string) $payload['preferred_channel'],
            (string) $payload['contact'],
            $message,
            (string) $payload['resulted_at'],
        );
    }

    public function markDelivered(string $at): void
    {
        $this->deliveredAt = $at;
    }

    public function isDelivered(): bool
    {
        return $this->deliveredAt !== null;
    }

    public function attempt(): int
    {
        return ++$this->attempts;
    }
}
