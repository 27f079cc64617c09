<?php
// A RoadRunner-style worker loop runs a legacy page script per request: it
// fills $_GET and $_POST from the request, and the legacy code appends to
// $_SESSION['visits'][]. The loop snapshots the superglobals first and puts
// them back in finally with list destructuring, so nothing carries over.

final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $limit) {}

    public function waitRequest(): ?array
    {
        if ($this->served === $this->limit) {
            return null;
        }
        $i = $this->served++;

        return [
            'query' => ['page' => (string) ($i % 5), 'ref' => "r{$i}"],
            'body' => ['comment' => "comment {$i}: " . str_repeat('looks good ', 20)],
        ];
    }

    public function respond(int $status, string $body): void
    {
    }
}

function legacy_page(): string
{
    $_SESSION['visits'][] = [
        'page' => $_GET['page'] ?? '0',
        'ref' => $_GET['ref'] ?? '',
        'comment' => $_POST['comment'] ?? '',
        'trail' => str_repeat('/catalogue', 30),
    ];

    return sprintf('<p>%d visits</p>', count($_SESSION['visits']));
}

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
while ($request = $worker->waitRequest()) {
    $saved = [$_GET, $_POST, $_SESSION ?? []];
    try {
        $_GET = $request['query'];
        $_POST = $request['body'];
        $worker->respond(200, legacy_page());
    } finally {
        [$_GET, $_POST, $_SESSION] = $saved;
    }
}
