<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Events;
use App\PluginLoader;
use App\PostSaved;

final class SavePostHandler implements RequestHandler
{
    public function __construct(private readonly PluginLoader $plugins)
    {
    }

    public function handleRequest(Request $request): Response
    {
        $siteId = (int) ($request->getHeader('x-site-id') ?? 1);
        $postId = (int) basename($request->getPath());
        $data = json_decode($request->getBody(), true, 16, JSON_THROW_ON_ERROR);

        $this->plugins->loadForSite($siteId);
        Events::dispatcher()->dispatch(new PostSaved($siteId, $postId, $data['title'], $data['content']));

        return new Response(200, ['content-type' => 'application/json'], json_encode(['id' => $postId, 'status' => $data['status']]));
    }
}
