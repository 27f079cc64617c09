<?php
// A Workerman-style worker for building inspections. Findings of the
// inspection being filed are gathered in a global that the legacy report
// templates read; the worker sets it up when it starts.

function inspections_start(): void
{
    $GLOBALS['inspection_findings'] = ['open' => [], 'closed' => []];
}

function record_finding(string $inspectionId, string $code, string $note): void
{
    $GLOBALS['inspection_findings']['open'][$inspectionId . ':' . $code] = [ // leak
        'code' => $code,
        'note' => $note,
        'photos' => array_fill(0, 8, 'photo-' . $inspectionId . '.jpg'),
    ];
}

final class InspectionController
{
    public function file(array $request): array
    {
        foreach ($request['findings'] as $code) {
            record_finding($request['id'], $code, str_repeat('crack near joint; ', 8));
        }
        return ['status' => 202, 'open' => count($GLOBALS['inspection_findings']['open'])];
    }
}

final class Worker
{
    /** @var callable */
    public $onMessage;

    public function run(int $n): void
    {
        for ($i = 0; $i < $n; $i++) {
            ($this->onMessage)(['id' => 'INS-' . (50000 + $i), 'findings' => ['F12']]);
        }
    }
}

inspections_start();
$controller = new InspectionController();
$worker = new Worker();
$worker->onMessage = static function (array $request) use ($controller): void {
    $controller->file($request);
};
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
