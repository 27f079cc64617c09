<?php

namespace App;

use App\Form\Form;
use Psr\Http\Message\ServerRequestInterface;

final class ContactController
{
    public function __invoke(ServerRequestInterface $request): array
    {
        $form = new Form('contact');
        $form->add('name', 'Your name');
        $form->add('email', 'E-mail address');
        $form->add('message', 'Message');

        return $form->submit($request->getParsedBody()) ? [200, 'sent'] : [422, 'invalid'];
    }
}
