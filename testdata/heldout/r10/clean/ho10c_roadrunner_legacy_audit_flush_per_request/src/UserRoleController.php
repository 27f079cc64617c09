<?php

declare(strict_types=1);

namespace Admin;

use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class UserRoleController
{
    private array $roles = [];

    public function update(ServerRequest $request): Response
    {
        $userId = (int) basename($request->path);
        $previous = $this->roles[$userId % 50] ?? 'viewer';
        $this->roles[$userId % 50] = $request->parsedBody['role'];

        audit_log('user.role_changed', [
            'user_id' => $userId,
            'from' => $previous,
            'to' => $request->parsedBody['role'],
            'note' => $request->parsedBody['note'],
            'request_id' => $request->getHeaderLine('X-Request-Id'),
        ]);

        return new Response(204, '');
    }
}
