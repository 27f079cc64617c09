<?php

final class ProfileController
{
    public function edit(array $request): string
    {
        $form = (new FormBuilder('profile'))
            ->add('email', ['required' => true])
            ->add('bio', ['required' => false])
            ->getForm();
        $form->submit($request);
        return $form->isValid() ? 'saved' : 'invalid';
    }
}
