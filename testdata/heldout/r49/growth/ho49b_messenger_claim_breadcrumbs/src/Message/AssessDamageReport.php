<?php
namespace App\Message;

final class AssessDamageReport
{
    /**
     * @param list<array{panel: string, severity: int, note: string}> $marks
     * @param list<string> $photos
     */
    public function __construct(
        public readonly string $reportId,
        public readonly string $plate,
        public readonly string $rentalAgreement,
        public readonly array $marks,
        public readonly array $photos,
        public readonly string $inspector,
    ) {
    }
}
