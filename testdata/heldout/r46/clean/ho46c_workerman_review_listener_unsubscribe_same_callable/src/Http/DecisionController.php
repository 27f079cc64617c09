<?php

namespace App\Http;

use App\Review\ReviewEventHub;
use App\Review\ReviewSession;
use App\Review\ReviewWorkflow;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

final class DecisionController
{
    private int $sessions = 0;

    public function __construct(private ReviewWorkflow $workflow, private ReviewEventHub $hub)
    {
    }

    public function __invoke(Request $request): Response
    {
        $session = new ReviewSession(
            'rs-' . ++$this->sessions,
            $request->post('reviewer'),
            $request->post('segments', []),
            $this->workflow,
            $this->hub,
        );
        $changes = $session->apply($request->post('decisions', []));

        return new Response(200, ['Content-Type' => 'application/json'], json_encode(['changes' => $changes]));
    }
}
