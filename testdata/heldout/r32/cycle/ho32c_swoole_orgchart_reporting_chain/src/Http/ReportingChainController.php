<?php

namespace Acme\Hr\Http;

use Acme\Hr\OrgChart\OrgChartBuilder;
use OpenSwoole\Http\Request;
use OpenSwoole\Http\Response;

final class ReportingChainController
{
    public function __construct(private OrgChartBuilder $builder)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $employeeId = (int) ($request->get['employee'] ?? 0);
        if ($employeeId <= 0) {
            $response->status(422);
            $response->end('{"error":"employee required"}');
            return;
        }

        $unit = $this->builder->chainFor($employeeId);
        $manager = $unit->manager();
        $payload = [
            'employee' => $employeeId,
            'unit' => ['cost_center' => $unit->costCenter, 'name' => $unit->name, 'headcount' => $unit->headcount()],
            'manager' => $manager?->toArray(),
            'peers' => array_map(fn ($p) => $p->toArray(), $unit->reportsOf($manager?->code ?? '')),
        ];

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode($payload));
    }
}
