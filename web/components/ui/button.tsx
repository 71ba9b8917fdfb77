import type { ReactNode } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export type ButtonProps = Omit<AriaButtonProps, 'className' | 'children'> & {
  variant?: ButtonVariant;
  className?: string;
  children: ReactNode;
};

/**
 * React Aria's button: press events that behave the same for mouse, touch, keyboard and screen
 * readers, and `isPending` that keeps focus and announces progress while a form is sent.
 */
export function Button({ variant = 'secondary', className, children, ...props }: ButtonProps) {
  return (
    <AriaButton {...props} className={`btn btn--${variant}${className ? ` ${className}` : ''}`}>
      {children}
    </AriaButton>
  );
}
