<?php

declare(strict_types=1);

namespace App\Controller;

use App\Form\FormTreeBuilder;
use App\Http\Request;

final class CheckoutController
{
    public function __construct(private readonly FormTreeBuilder $forms)
    {
    }

    public function submit(Request $request): int
    {
        $address = static function (FormTreeBuilder $b): void {
            $b->add('street', 'text', ['required' => true, 'attr' => ['autocomplete' => 'street-address']])
              ->add('city', 'text', ['required' => true])
              ->add('zip', 'text', ['required' => true, 'constraints' => ['length' => 5]]);
        };

        $form = $this->forms->create()
            ->add('billing', 'compound', [], $address)
            ->add('email', 'email', ['required' => true])
            ->getForm('checkout');

        $form->submit($request->body);
        if (!$form->isValid()) {
            return 422;
        }

        $order = $form->getData();

        return isset($order['billing']['zip']) ? 201 : 400;
    }
}
