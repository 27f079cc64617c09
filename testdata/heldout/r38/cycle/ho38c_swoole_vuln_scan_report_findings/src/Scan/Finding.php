<?php

declare(strict_types=1);

namespace Acme\Scanner\Scan;

final class Finding
{
    private ?ScanReport $report = null;

    public function __construct(
        public readonly string $advisoryId,
        public readonly string $cve,
        public readonly string $package,
        public readonly string $installedVersion,
        public readonly string $fixedIn,
        public readonly string $severity,
        public readonly string $message,
    ) {
    }

    public function setReport(ScanReport $report): void
    {
        $this->report = $report; // leak
    }

    public function fingerprint(): string
    {
        return hash('sha256', $this->report?->project() . '|' . $this->advisoryId . '|' . $this->package);
    }

    public function toSarif(): array
    {
        return [
            'ruleId' => $this->advisoryId,
            'level' => $this->severity === 'critical' || $this->severity === 'high' ? 'error' : 'warning',
            'message' => ['text' => $this->message],
            'locations' => [['physicalLocation' => ['artifactLocation' => ['uri' => $this->report?->lockfilePath() ?? 'composer.lock']]]],
            'partialFingerprints' => ['primaryLocationLineHash' => $this->fingerprint()],
        ];
    }
}
