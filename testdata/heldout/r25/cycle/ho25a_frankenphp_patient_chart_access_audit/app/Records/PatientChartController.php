<?php

declare(strict_types=1);

namespace App\Records;

use App\Audit\AuditShipper;
use App\Audit\AuditTrailFactory;
use App\Http\Request;

final class PatientChartController
{
    private const SECTIONS_BY_ROLE = [
        'physician' => ['problems', 'medications', 'allergies', 'labs', 'notes'],
        'nurse' => ['medications', 'allergies', 'vitals'],
        'billing' => ['encounters'],
    ];

    public function __construct(
        private readonly PatientChartRepository $charts,
        private readonly AuditTrailFactory $audits,
        private readonly AuditShipper $shipper,
    ) {
    }

    public function show(Request $request, string $patientId): string
    {
        $role = $request->header('X-Clinician-Role', 'nurse');
        $session = new RecordAccessSession(
            $request->header('X-Request-Id', bin2hex(random_bytes(8))),
            $request->header('X-Clinician-Id'),
            $role,
            $patientId,
            $request->query['purpose'] ?? 'treatment',
            $request->clientIp,
            time(),
            $this->audits,
        );

        $sections = self::SECTIONS_BY_ROLE[$role] ?? [];
        $chart = $this->charts->sectionsFor($patientId, $sections);
        foreach ($chart as $section => $rows) {
            $session->audit()->record('view', $section, count($rows));
        }

        $this->shipper->ship($session->audit()->close());

        return json_encode(['patient' => $patientId, 'chart' => $chart]);
    }
}
