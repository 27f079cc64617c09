<?php

namespace Forum\Http;

use Forum\Container\Services;
use Forum\Triage\FlaggedPost;
use Forum\Triage\ScoreMemo;
use Forum\Triage\TriageService;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class FlagController
{
    public function __invoke(ServerRequest $request): Response
    {
        $form = $request->getParsedBody() ?? [];
        if (!isset($form['post_id'], $form['body'])) {
            return new Response(422, [], '{"error":"post_id and body required"}');
        }

        $post = FlaggedPost::fromForm($form);
        $triage = Services::get(TriageService::class);
        $band = $triage->route($post);
        $hidden = $triage->shouldAutoHide($post);
        $score = Services::get(ScoreMemo::class)->scoreFor($post);

        return new Response(202, ['content-type' => 'application/json'], json_encode([
            'post' => $post->id,
            'band' => $band,
            'hidden' => $hidden,
            'score' => $score->value,
            'signals' => $score->signals,
        ]));
    }
}
