<?php
namespace App\Controller;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;
use Psr\Http\Server\RequestHandlerInterface;

final class ProfileController implements RequestHandlerInterface
{
    public function handle(ServerRequest $request): Response
    {
        $user = ($request->getAttribute('user'))();

        return new Response(200, json_encode(['id' => $user->id, 'email' => $user->email]));
    }
}
